/** {@code .docx} documents, read and written with Apache POI. */
package io.github.kpi4j.document.internal.docx;
