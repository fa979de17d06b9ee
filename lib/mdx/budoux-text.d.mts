export function keepNumbersWithCounters(text: string): string;
export function japaneseLineBreaks(text: string, parse: (text: string) => string[]): (string | null)[];
