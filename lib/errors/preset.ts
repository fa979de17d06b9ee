import { presetIds, run, scenarioFromPreset, type PresetId } from '../simulator';

/**
 * The simulator preset in which `hex` happens, found by running the presets (the first one, in
 * the simulator's order, whose log shows that code); null when no preset produces it.
 */
export function presetShowing(hex: string): PresetId | null {
  for (const id of presetIds) {
    const { log } = run(scenarioFromPreset(id));
    if (log.some((entry) => !entry.result.ok && entry.result.kind === 'activation-failed' && entry.result.code === hex)) return id;
  }
  return null;
}
