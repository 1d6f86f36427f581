/**
 * Flags for Debian's Chromium on these closed-network machines: headless as root, and none of
 * Chromium's own background traffic (which this network refuses, noisily). Shared by the e2e
 * harness and the benchmarks.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
