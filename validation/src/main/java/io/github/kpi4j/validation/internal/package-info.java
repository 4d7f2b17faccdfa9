/**
 * The validator's implementation and the built-in rules; not exported. The rules' messages live in
 * the bundles {@code messages.properties} (English) and {@code messages_zh_TW.properties}
 * (Traditional Chinese) beside these classes, one key per rule id.
 */
package io.github.kpi4j.validation.internal;
