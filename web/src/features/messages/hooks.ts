import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createThread, getMessages, markRead, messageKeys, postMessage, setDone } from './api.ts';
import type { MessagesView, NewMessage, NewThread, Thread } from './types.ts';

export function useMessages(participantId: string) {
  return useQuery({ queryKey: messageKeys.view(participantId), queryFn: () => getMessages(participantId) });
}

/** Puts a thread the server returned into the cached list at once, newest activity first. */
function useStoreThread(participantId: string) {
  const client = useQueryClient();
  return (thread: Thread) => {
    client.setQueryData<MessagesView>(messageKeys.view(participantId), (view) =>
      view
        ? {
            ...view,
            threads: [thread, ...view.threads.filter((t) => t.id !== thread.id)].sort((a, b) =>
              b.lastMessageAt.localeCompare(a.lastMessageAt),
            ),
          }
        : view,
    );
    // Other views counting the person's messages (e.g. unread on My page) read again; this list is already current.
    const key = messageKeys.view(participantId);
    void client.invalidateQueries({
      predicate: (q) => q.queryKey.length > key.length && key.every((part, i) => q.queryKey[i] === part),
    });
  };
}

export function useCreateThread(participantId: string) {
  const store = useStoreThread(participantId);
  return useMutation({ mutationFn: (input: NewThread) => createThread(participantId, input), onSuccess: store });
}

export function usePostMessage(participantId: string) {
  const store = useStoreThread(participantId);
  return useMutation({ mutationFn: (input: NewMessage) => postMessage(participantId, input), onSuccess: store });
}

export function useMarkRead(participantId: string) {
  const store = useStoreThread(participantId);
  return useMutation({ mutationFn: (threadId: string) => markRead(participantId, threadId), onSuccess: store });
}

export function useSetDone(participantId: string) {
  const store = useStoreThread(participantId);
  return useMutation({
    mutationFn: ({ threadId, done }: { threadId: string; done: boolean }) => setDone(participantId, threadId, done),
    onSuccess: store,
  });
}
