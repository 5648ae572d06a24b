import { http } from '../../lib/http.ts';
import type { AdminUser, NewUser, UserChanges } from './types.ts';

export const userKeys = { all: ['admin', 'users'] as const };

export async function listUsers(): Promise<AdminUser[]> {
  const { items } = await http.get<{ items: AdminUser[] }>('/api/admin/users', 'list users');
  return items;
}

export function createUser(input: NewUser): Promise<AdminUser> {
  return http.post('/api/admin/users', input, 'create user');
}

export function updateUser(id: string, changes: UserChanges): Promise<AdminUser> {
  return http.patch(`/api/admin/users/${encodeURIComponent(id)}`, changes, 'update user');
}
