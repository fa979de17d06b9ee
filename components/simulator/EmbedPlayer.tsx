'use client';

import { useState } from 'react';
import { askerSoFar, type Scenario } from '@/lib/simulator';
import type { DialogMessages, SimClientMessages } from './labels';
import { Playground } from './Playground';

export interface EmbedPlayerProps {
  labels: SimClientMessages;
  errorBase: string;
  dialogMessages: DialogMessages;
}

const noShare = { copy: '', copied: '', failed: '', share: '' };

/** The embed's simulator: the asker's case held in the page (not the URL), without the PC cards. */
export function EmbedPlayer({ labels, errorBase, dialogMessages }: EmbedPlayerProps) {
  const [scenario, setScenario] = useState<Scenario>(askerSoFar);
  return (
    <Playground
      scenario={scenario}
      onScenario={(next) => {
        setScenario(next);
        return '';
      }}
      labels={{ ...labels, share: noShare }}
      errorBase={errorBase}
      dialogMessages={dialogMessages}
      showMachines={false}
      showLog={false}
    />
  );
}
