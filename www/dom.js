// Element building that treats every string as text: document content, file names and
// messages are never parsed as HTML.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  const kids = children.flat().filter((c) => c !== null && c !== undefined && c !== false);
  node.append(...kids.map((c) => (c instanceof Node ? c : String(c))));
  return node;
}

/** Isolates text of unknown direction (Arabic in an English line and vice versa). */
export function bdi(text) {
  return el('bdi', {}, text);
}

/** An SVG element with its attributes (`xmlns` is the namespace it is made in, not an attribute). */
export function svgEl(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) if (key !== 'xmlns') node.setAttribute(key, String(value));
  return node;
}
