import type { DemoContext } from './context.ts';

export async function seedProgression(_ctx: DemoContext): Promise<void> {}
