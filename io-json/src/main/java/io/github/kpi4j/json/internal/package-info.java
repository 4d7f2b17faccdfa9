/**
 * How the formats are read and written with Jackson: one deserializer and one serializer per model
 * type, the facade's mapper and limits, and the translation of Jackson's exceptions into {@link
 * io.github.kpi4j.DocumentException}. Not exported.
 */
package io.github.kpi4j.json.internal;
