/** A test handler that throws, as a handler with a bug would. */
export async function handler(): Promise<never> {
  throw new TypeError("Cannot read properties of undefined (reading 'name')");
}
