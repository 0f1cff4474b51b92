import { popup as createPopup, type LatLng, type Map as LeafletMap, type Popup } from 'leaflet/dist/leaflet-src.esm.js';
import type { MapLabels, MapPoint } from '../map-adapter.js';
import { buildGroupPopup, type GroupPopup } from './markers.js';

export interface GroupPopupHost {
  onSelect(id: string): void;
  /** Where focus goes back to when the popup closes: the marker that opened it, if still there. */
  returnFocusTo(markerKey: string): HTMLElement;
}

interface OpenGroup {
  popup: Popup;
  content: GroupPopup;
  markerKey: string;
}

/**
 * The popup listing the services of one place (or of a cluster that cannot split further).
 * Its content is DOM built by markers.ts; Leaflet only positions it.
 */
export class GroupPopups {
  private open: OpenGroup | null = null;

  constructor(
    private readonly map: LeafletMap,
    private labels: MapLabels,
    private readonly host: GroupPopupHost,
  ) {}

  /** `byKeyboard`: move focus to the first service in the list. */
  show(markerKey: string, points: readonly MapPoint[], at: LatLng, byKeyboard: boolean, selectedId: string | null): void {
    this.close(false);
    const content = buildGroupPopup(points, this.labels.groupTitle(points.length), this.labels.close, {
      onPick: (id) => this.host.onSelect(id),
      onClose: () => this.close(true),
    });
    content.node.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    });
    const popup = createPopup({
      className: 'prossima-popup',
      closeButton: false, // ours is a real <button> with a translated name, see markers.ts
      offset: [0, -12],
      minWidth: 200,
      maxWidth: 320,
      autoPanPadding: [16, 16],
    })
      .setLatLng(at)
      .setContent(content.node);
    const group: OpenGroup = { popup, content, markerKey };
    // Closed by Leaflet (a click on the map): forget it.
    popup.on('remove', () => {
      if (this.open === group) this.open = null;
    });
    this.open = group;
    this.markSelected(selectedId);
    this.map.openPopup(popup);
    if (byKeyboard) content.buttons[0]?.focus({ preventScroll: true });
  }

  /** `returnFocus`: give focus back to the marker (it also goes back if it was inside). */
  close(returnFocus: boolean): void {
    const group = this.open;
    if (group === null) return;
    this.open = null;
    const hadFocus = group.content.node.matches(':focus-within');
    this.map.closePopup(group.popup);
    if (returnFocus || hadFocus) this.host.returnFocusTo(group.markerKey).focus({ preventScroll: true });
  }

  markSelected(id: string | null): void {
    for (const button of this.open?.content.buttons ?? []) {
      if (button.dataset['id'] === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
  }

  setLabels(labels: MapLabels): void {
    this.labels = labels;
    if (this.open === null) return;
    const { content } = this.open;
    content.heading.textContent = labels.groupTitle(content.buttons.length);
    content.close.setAttribute('aria-label', labels.close);
    content.close.title = labels.close;
  }

  /** For destroy(): the map is going away with the popup in it. */
  forget(): void {
    this.open = null;
  }
}
