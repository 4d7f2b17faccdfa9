/** The plain-text copy of a plan document: its reader and its writer. */
package io.github.kpi4j.document.internal.text;
