/**
 * Entry of the classic-script build (`dist/prossima-map.iife.js`) for hosts that allow only a
 * plain `<script src>`: it defines the elements and exports nothing, so the bundle creates no
 * global of its own.
 */
import './index.js';
