import { http, query } from '../../lib/http.ts';
import type { RetentionCategory, RetentionLogPage, RetentionRule } from './types.ts';

export const retentionKeys = {
  rules: ['retention', 'rules'] as const,
  log: (offset: number) => ['retention', 'log', offset] as const,
};

export async function listRetentionRules(): Promise<RetentionRule[]> {
  const { items } = await http.get<{ items: RetentionRule[] }>('/api/admin/retention/rules', 'list retention rules');
  return items;
}

export function updateRetentionRule(category: RetentionCategory, months: number): Promise<RetentionRule> {
  return http.put('/api/admin/retention/rules', { category, months }, 'update retention rule');
}

export function getRetentionLog(offset: number, limit: number): Promise<RetentionLogPage> {
  return http.get(`/api/admin/retention/log${query({ offset, limit })}`, 'read retention log');
}
