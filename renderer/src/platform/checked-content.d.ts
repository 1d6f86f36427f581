/** The build's manifest of checked bundled content (scripts/checked-content.ts); empty outside a build. */
declare module 'virtual:checked-content' {
  import type { CheckedEntry } from '../../../core/model/checked-manifest';

  const manifest: CheckedEntry[];
  export default manifest;
}
