export * from './types';
export { rules, grantAmount, type Rule } from './rules';
export { initialState, step, run } from './reducer';
export { summarise, isLicensed, type Summary } from './summary';
export { serialise, parse, bounds, defaultParams, type Correction } from './url';
export { presets, presetIds, isPresetId, scenarioFromPreset, askerSoFar, type PresetId } from './presets';
export { challengeIds, challengeParams, goals, lessons, progress, type ChallengeId, type Progress } from './challenges';
