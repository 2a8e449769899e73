/**
 * Parameters the way Moodle's REST server reads them (PHP's form decoding): lists and records
 * become `name[0]=…`, `name[0][key]=…`; booleans 1 and 0.
 */
export type ParamValue = string | number | boolean | readonly ParamValue[] | { readonly [key: string]: ParamValue };
export type Params = Readonly<Record<string, ParamValue>>;

export function formEncode(params: Params): string {
  const pairs: [string, string][] = [];
  const add = (name: string, value: ParamValue): void => {
    if (Array.isArray(value)) value.forEach((entry, i) => add(`${name}[${i}]`, entry));
    else if (typeof value === 'object') for (const [key, entry] of Object.entries(value)) add(`${name}[${key}]`, entry);
    else pairs.push([name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value)]);
  };
  for (const [name, value] of Object.entries(params)) add(name, value);
  return new URLSearchParams(pairs).toString();
}
