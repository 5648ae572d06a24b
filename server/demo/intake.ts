import type { DemoContext } from './context.ts';

export async function seedIntake(_ctx: DemoContext): Promise<void> {}
