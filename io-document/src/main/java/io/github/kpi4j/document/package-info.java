/**
 * Reading plan documents as agencies publish them, and writing the printed layout.
 *
 * <p>{@link io.github.kpi4j.document.PlanDocuments} is the entry point: {@code read} tells the kind
 * of a document ({@link io.github.kpi4j.document.DocumentKind}) from its content and returns a
 * {@link io.github.kpi4j.document.PlanImport}, the plan and its {@link
 * io.github.kpi4j.document.ImportFinding findings}, each with its {@link
 * io.github.kpi4j.document.Location}; {@code write} renders a plan. {@link
 * io.github.kpi4j.document.Agencies} is the table of the Executive Yuan's agencies and their codes.
 *
 * <p>Apache POI reads and writes {@code .docx}; {@code .odt} needs nothing but the JDK. No POI type
 * appears in the API.
 *
 * <p>On the module path the jar is the automatic module {@code io.github.kpi4j.document}, not an
 * explicit one: Apache POI's own descriptor requires commons-math3 under a name derived from its
 * file name, which makes every build compiling a module that requires POI warn against publishing
 * it. A module using this one requires {@code io.github.kpi4j.document} and {@code
 * io.github.kpi4j.core}; this package is the API, and {@code io.github.kpi4j.document.internal} is
 * not, although an automatic module cannot hide it.
 */
package io.github.kpi4j.document;
