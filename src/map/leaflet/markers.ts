// DOM for markers and the group popup. Built with createElement and textContent only:
// nothing here ever becomes HTML markup, so data cannot inject any.
import type { MapPoint } from '../map-adapter.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Size of every marker's box (and hit area); the visible circle is smaller, see map.styles.ts. */
export const MARKER_BOX = 44;

/** The visible part of a service marker: a circle in the point's colour with its white icon. */
export function buildPointMarker(point: MapPoint): HTMLElement {
  const pin = document.createElement('span');
  pin.className = point.approximate ? 'prossima-pin prossima-pin--approximate' : 'prossima-pin';
  pin.style.backgroundColor = point.color;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', point.iconPath);
  svg.append(path);
  pin.append(svg);
  return pin;
}

/**
 * The visible part of a cluster or same-place group: a dark circle with the count. The count
 * is drawn by CSS from `data-count`, not as text, so the marker's accessible name (the
 * translated "group of N services") is all assistive technology meets, in every language.
 */
export function buildGroupMarker(count: number): HTMLElement {
  const pin = document.createElement('span');
  pin.className = 'prossima-pin prossima-pin--group';
  pin.setAttribute('aria-hidden', 'true');
  pin.dataset['count'] = String(count);
  // Four digits and more need a wider pill than the circle.
  if (count >= 1000) pin.classList.add('prossima-pin--wide');
  return pin;
}

export interface GroupPopup {
  /** The popup's whole content. */
  node: HTMLElement;
  heading: HTMLElement;
  close: HTMLButtonElement;
  /** One per point, in the order shown (by title). */
  buttons: HTMLButtonElement[];
}

export interface GroupPopupHandlers {
  onPick(id: string): void;
  onClose(): void;
}

/** A heading, our own close button and one button per point (already sorted by title). */
export function buildGroupPopup(
  points: readonly MapPoint[],
  title: string,
  closeLabel: string,
  handlers: GroupPopupHandlers,
): GroupPopup {
  const node = document.createElement('div');
  node.className = 'prossima-group';
  // The map stays left-to-right (Leaflet's layout); the popup reads in the UI's direction,
  // which its translated heading sets.
  node.dir = 'auto';
  const heading = document.createElement('h2');
  heading.className = 'prossima-group__title';
  heading.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'prossima-group__close';
  close.setAttribute('aria-label', closeLabel);
  close.title = closeLabel;
  const cross = document.createElement('span');
  cross.setAttribute('aria-hidden', 'true');
  cross.textContent = '\u00d7';
  close.append(cross);
  close.addEventListener('click', () => handlers.onClose());
  const list = document.createElement('ul');
  list.className = 'prossima-group__list';
  const buttons = points.map((point) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'prossima-group__item';
    button.dataset['id'] = point.id;
    const dot = document.createElement('span');
    dot.className = 'prossima-group__dot';
    dot.setAttribute('aria-hidden', 'true');
    dot.style.backgroundColor = point.color;
    const text = document.createElement('span');
    text.textContent = point.title;
    text.dir = 'auto';
    button.append(dot, text);
    button.addEventListener('click', () => handlers.onPick(point.id));
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
    return button;
  });
  node.append(heading, close, list);
  return { node, heading, close, buttons };
}

/** Escapes text for the places where Leaflet insists on HTML (tile attribution). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
