import type { DemoContext } from './context.ts';

export async function seedPlan(_ctx: DemoContext): Promise<void> {}
