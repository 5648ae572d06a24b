import { http } from '../../lib/http.ts';
import type { MessagesView, NewMessage, NewThread, Thread } from './types.ts';

export const messageKeys = {
  view: (participantId: string) => ['participants', 'detail', participantId, 'messages'] as const,
};

const base = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/messages`;

export function getMessages(participantId: string): Promise<MessagesView> {
  return http.get<MessagesView>(base(participantId), 'read messages');
}

export async function createThread(participantId: string, input: NewThread): Promise<Thread> {
  return (await http.post<{ thread: Thread }>(`${base(participantId)}/threads`, input, 'start a message thread')).thread;
}

export async function postMessage(participantId: string, input: NewMessage): Promise<Thread> {
  return (await http.post<{ thread: Thread }>(base(participantId), input, 'write a message')).thread;
}

export async function markRead(participantId: string, threadId: string): Promise<Thread> {
  return (await http.post<{ thread: Thread }>(`${base(participantId)}/read`, { threadId }, 'read a message thread')).thread;
}

export async function setDone(participantId: string, threadId: string, done: boolean): Promise<Thread> {
  return (await http.post<{ thread: Thread }>(`${base(participantId)}/done`, { threadId, done }, 'mark a thread done')).thread;
}
