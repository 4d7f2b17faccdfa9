/**
 * The implementation of {@link io.github.kpi4j.document.PlanDocuments}; not exported. Every kind of
 * document is turned into one {@link io.github.kpi4j.document.internal.Layout} (paragraphs and
 * tables of cells, each with its place), which {@link io.github.kpi4j.document.internal.PlanReader}
 * reads into a plan; {@link io.github.kpi4j.document.internal.PlanLayout} makes the layout of a
 * plan, which each writer prints. A reader for another kind (PDF) adds a subpackage that makes a
 * layout.
 */
package io.github.kpi4j.document.internal;
