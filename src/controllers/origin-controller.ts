import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service } from '../data/types.js';
import { normalize } from '../lib/normalize.js';
import { locate, type LocateProblem } from '../near/locate.js';
import { placesOf, type Origin, type Place } from '../near/places.js';

/**
 * Where distances are measured from: "near me" (the phone's position, asked only when pressed,
 * never sent anywhere) or a comune chosen from "choose your comune". Results are then sorted
 * nearest first.
 */
export class OriginController implements ReactiveController {
  origin?: Origin;
  /** True while the phone looks for its position. */
  locating = false;
  problem?: LocateProblem;
  /** The places of "choose your comune", per list of services and language. */
  private kept?: { readonly services: readonly Service[]; readonly locale: string; readonly places: Place[] };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The services shown and the widget's language (the places and their names follow them). */
    private readonly source: () => { readonly services?: readonly Service[]; readonly locale: string },
  ) {
    host.addController(this);
  }

  /** The comuni "choose your comune" offers: the province's, and any other the directory names. */
  get places(): readonly Place[] {
    const { services, locale } = this.source();
    if (services === undefined) return [];
    if (this.kept?.services !== services || this.kept.locale !== locale) {
      this.kept = { services, locale, places: placesOf(services, locale) };
    }
    return this.kept.places;
  }

  hostDisconnected(): void {
    // A position asked for before the widget left the page is not waited for.
    this.locating = false;
  }

  async nearMe(): Promise<void> {
    this.locating = true;
    this.problem = undefined;
    this.host.requestUpdate();
    const result = await locate();
    if (!this.locating) return;
    this.locating = false;
    if (result.ok) this.origin = { kind: 'device', ...result.point };
    else this.problem = result.problem;
    this.host.requestUpdate();
  }

  /** The user chose a comune by its name as listed ('' or unknown: none). */
  choose(name: string): void {
    this.setPlace(this.places.find((place) => place.name === name));
    this.problem = undefined;
  }

  /** A link's comune, named as a person may have typed it (case and accents aside). */
  chooseFromLink(name: string): void {
    const place = this.places.find((candidate) => normalize(candidate.name) === normalize(name));
    if (place !== undefined) this.setPlace(place);
  }

  clear(): void {
    this.setPlace(undefined);
  }

  private setPlace(place: Place | undefined): void {
    this.origin = place === undefined ? undefined : { kind: 'place', ...place };
    this.host.requestUpdate();
  }
}
