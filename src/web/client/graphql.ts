// The browser side's one way to the API: POST /graphql with fetch, errors as exceptions that
// carry the API's code (NOT_FOUND, BAD_USER_INPUT) so pages can word them for people.
export class ApiError extends Error {
  constructor(message: string, readonly code: string | null) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server could not be reached. Check your connection and try again.', null);
  }
  const body = (await response.json()) as GraphQLBody<T>;
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? null);
  if (!body.data) throw new ApiError('The server sent an empty answer.', null);
  return body.data;
}

type Child = Node | string | null | undefined | false;

/** Builds an element. Text always goes in as text nodes, never as HTML: quiz text is untrusted. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Moves focus to a heading or message so keyboard and screen-reader users land on what changed. */
export function focusOn(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}

export function formatNumber(value: number, digits = 1): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(digits).replace(/\.?0+$/, '');
}
