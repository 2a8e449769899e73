/**
 * The one HTML page of the studio: the script does the rest. Carries the session token for writes.
 * The studio speaks English; the course's texts on it are marked with the course language.
 */
export function studioPage(token: string, language: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="studio-token" content="${token}">
<title>coursepack studio</title>
<link rel="stylesheet" href="/studio.css">
</head>
<body data-language="${language}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<p class="brand">coursepack studio</p>
<nav aria-label="Studio"><ul>
<li><a href="#/map">Course map</a></li>
<li><a href="#/review">Review questions</a></li>
<li><a href="#/preview">Preview</a></li>
</ul></nav>
<p id="live" class="live" role="status" aria-live="polite"></p>
</header>
<main id="main" tabindex="-1"><p>Loading…</p></main>
<script src="/studio.js"></script>
</body>
</html>
`;
}
