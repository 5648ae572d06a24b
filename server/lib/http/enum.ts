import { Type, type TEnum } from 'typebox';

/** A schema for one of the given strings, typed as their union. */
export function oneOf<const T extends readonly string[]>(values: T): TEnum<[...T]> {
  return Type.Enum([...values]) as unknown as TEnum<[...T]>;
}
