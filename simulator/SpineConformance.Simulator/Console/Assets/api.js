// The console is a client of the simulator's admin JSON API and nothing else.

export class ApiError extends Error {}

async function explain(response) {
  try {
    const problem = await response.json();
    return `${problem.title ?? response.statusText}${problem.detail ? ': ' + problem.detail : ''}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

// The session cookie is gone (the browser closed, or the simulator restarted with another key): back to the login form.
function signedOut(response) {
  if (response.status === 401) location.assign('/_console/');
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  signedOut(response);
  if (!response.ok) throw new ApiError(await explain(response));
  return response.json();
}

export async function send(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  signedOut(response);
  if (!response.ok) throw new ApiError(await explain(response));
  return response.status === 204 ? null : response.json();
}

/** A path segment or query value, encoded so an id can never change the path. */
export const part = encodeURIComponent;
