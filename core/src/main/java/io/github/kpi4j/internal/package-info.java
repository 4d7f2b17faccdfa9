/** Implementation details shared across the core; not exported. */
package io.github.kpi4j.internal;
