/** Limits shared by schemas, services and the UI. */
export const limits = {
  nameMax: 200,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 256,
  searchMax: 100,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  textMax: 2000,
  /** Session lifetime and idle timeout. */
  sessionMaxAgeMs: 12 * 60 * 60 * 1000,
  sessionIdleMs: 30 * 60 * 1000,
} as const;
