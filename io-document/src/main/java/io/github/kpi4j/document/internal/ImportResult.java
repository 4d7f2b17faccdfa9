package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.DocumentKind;
import io.github.kpi4j.document.ImportFinding;
import io.github.kpi4j.document.PlanImport;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;

/**
 * The one implementation of {@link PlanImport}.
 *
 * @param plan the plan as read
 * @param findings the findings
 * @param kind the kind of the document read
 */
record ImportResult(AnnualPlan plan, List<ImportFinding> findings, DocumentKind kind)
    implements PlanImport {}
