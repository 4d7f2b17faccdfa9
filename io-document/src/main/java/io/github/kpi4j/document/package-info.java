/**
 * Reading plan documents as agencies publish them, and writing the printed layout.
 *
 * <p>{@link io.github.kpi4j.document.PlanDocuments} is the entry point: {@code read} tells the kind
 * of a document ({@link io.github.kpi4j.document.DocumentKind}) from its content and returns a
 * {@link io.github.kpi4j.document.PlanImport}, the plan and its {@link
 * io.github.kpi4j.document.ImportFinding findings}, each with its {@link
 * io.github.kpi4j.document.Location}; {@code write} renders a plan. {@link
 * io.github.kpi4j.document.Agencies} is the table of the Executive Yuan's agencies and their codes.
 */
package io.github.kpi4j.document;
