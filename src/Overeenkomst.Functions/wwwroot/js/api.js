// @ts-check
import { h } from './dom.js';

/**
 * What the handler answered: the body as data (JSON) or html, the ETag, or a problem (RFC 9457, in Dutch).
 * @typedef {{ ok: boolean, status: number, etag?: string | null, data?: any, html?: string, problem?: Problem }} ApiResult
 * @typedef {{ title?: string, detail?: string, errors?: Record<string, string[]>, [key: string]: any }} Problem
 */

// One way to talk to the handler: JSON in and out, the ETag kept, problem details turned into Dutch text. Answers name
// the questionnaire version they were given under, so the server can bring them up to date after it changed.
/**
 * @param {string} path
 * @param {{ method?: string, body?: any, etag?: string | null, accept?: string, questionnaireVersion?: string | number }} [options]
 * @returns {Promise<ApiResult>}
 */
export async function api(path, { method = 'GET', body, etag, accept = 'application/json', questionnaireVersion } = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (etag) headers['If-Match'] = etag;
  if (questionnaireVersion) headers['Questionnaire-Version'] = String(questionnaireVersion);
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    return { ok: false, status: 0, problem: { title: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.' } };
  }

  if (response.status === 401) {
    // The sign-in expired. Pages need a sign-in too, so loading this page again hands over to whichever sign-in is in
    // force (the development page locally, the organisation's in Azure), which returns here afterwards.
    window.location.reload();
    return { ok: false, status: 401, problem: { title: 'U bent niet meer aangemeld.' } };
  }

  const type = response.headers.get('Content-Type') ?? '';
  /** @type {ApiResult} */
  const result = { ok: response.ok, status: response.status, etag: response.headers.get('ETag') };
  if (type.includes('json')) {
    const data = await response.json();
    if (response.ok) result.data = data;
    else result.problem = data;
  } else if (type.includes('text/html')) {
    result.html = await response.text();
  }

  if (!response.ok && !result.problem) {
    result.problem = { title: `Er ging iets mis (HTTP ${response.status}).` };
  }

  return result;
}

export function problemText(problem) {
  if (!problem) return '';
  return [problem.title, problem.detail].filter(Boolean).join(' — ');
}

// A problem as a block of text: its title and detail, then every message in its errors (ids do not matter here).
export function problemSummary(problem, attributes = {}) {
  const details = Object.values(problem?.errors ?? {}).flat();
  return h('div', { class: 'foutenoverzicht', ...attributes },
    h('p', {}, problemText(problem)),
    details.length ? h('ul', {}, details.map((detail) => h('li', {}, detail))) : null);
}
