/** {@code .odt} documents, read and written with the JDK's zip and StAX. */
package io.github.kpi4j.document.internal.odt;
