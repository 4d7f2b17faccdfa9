package io.github.kpi4j.report.internal;

import io.github.kpi4j.assessment.ActualSource;
import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.KpiAssessment;
import io.github.kpi4j.assessment.Rating;
import io.github.kpi4j.assessment.YearComparison;
import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiItem;
import io.github.kpi4j.model.Milestone;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.YearTarget;
import io.github.kpi4j.quantity.QuantityText;
import io.github.kpi4j.report.internal.ReportModel.AgencySection;
import io.github.kpi4j.report.internal.ReportModel.Count;
import io.github.kpi4j.report.internal.ReportModel.FindingItem;
import io.github.kpi4j.report.internal.ReportModel.FindingRef;
import io.github.kpi4j.report.internal.ReportModel.GoalSection;
import io.github.kpi4j.report.internal.ReportModel.Input;
import io.github.kpi4j.report.internal.ReportModel.KpiRow;
import io.github.kpi4j.report.internal.ReportModel.Light;
import io.github.kpi4j.report.internal.ReportModel.Link;
import io.github.kpi4j.report.internal.ReportModel.Outcome;
import io.github.kpi4j.report.internal.ReportModel.PlanSection;
import io.github.kpi4j.report.internal.ReportModel.ProgrammeRow;
import io.github.kpi4j.report.internal.ReportModel.Report;
import io.github.kpi4j.report.internal.ReportModel.Segment;
import io.github.kpi4j.report.internal.ReportModel.Summary;
import io.github.kpi4j.report.internal.ReportModel.Trend;
import io.github.kpi4j.report.internal.ReportModel.TrendCell;
import io.github.kpi4j.report.internal.ReportModel.TrendRow;
import io.github.kpi4j.validation.PlanValidator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns plans and assessments into the {@link ReportModel}: pairs each assessment with its plan,
 * groups plans by agency and year, places every finding beside what it is about, and lines up an
 * agency's years.
 */
final class ReportModelBuilder {
  private static final Pattern PLAN_POINTER =
      Pattern.compile("^/(goals|programmes)/(\\d+)(?:/kpis/(\\d+))?(?:/.*)?$");
  private static final Pattern RESULTS_POINTER = Pattern.compile("^/results/(\\d+)(?:/.*)?$");

  private final Labels t;
  private final PlanValidator validator;

  /** Each assessment's KPIs by position, built once per rendering (the builder is not shared). */
  private final Map<Assessment, Map<PlanKpi, KpiAssessment>> positions = new IdentityHashMap<>();

  private int planCount;

  ReportModelBuilder(Labels labels, PlanValidator validator) {
    this.t = Objects.requireNonNull(labels, "labels");
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** A plan of the report, and its assessment where one was given. */
  private record Year(AnnualPlan plan, Assessment assessment) {}

  Report build(List<AnnualPlan> plans, List<Assessment> assessments, String title, String css) {
    Map<String, Map<Integer, Year>> agencies = new LinkedHashMap<>();
    for (AnnualPlan plan : List.copyOf(plans)) {
      add(agencies, plan, null);
    }
    for (Assessment assessment : List.copyOf(assessments)) {
      add(agencies, assessment.plan(), assessment);
    }
    List<AgencySection> sections = new ArrayList<>();
    List<Link> contents = new ArrayList<>();
    int agencyIndex = 0;
    for (Map<Integer, Year> years : agencies.values()) {
      agencyIndex++;
      String agencyId = "a" + agencyIndex;
      List<Year> ordered = new ArrayList<>(years.values());
      ordered.sort(Comparator.comparingInt(y -> y.plan().rocYear()));
      List<PlanSection> planSections = new ArrayList<>();
      for (Year year : ordered) {
        PlanSection section = plan(year);
        planSections.add(section);
        contents.add(new Link("#" + section.id(), section.heading()));
      }
      Trend trend = ordered.size() > 1 ? trend(agencyId, ordered, planSections) : null;
      AnnualPlan latest = ordered.get(ordered.size() - 1).plan();
      String heading = Text.clean(latest.agency().name());
      if (trend != null) {
        contents.add(new Link("#" + trend.id(), t.format("trend.heading", heading)));
      }
      sections.add(new AgencySection(agencyId, heading, planSections, trend));
    }
    String documentTitle = title != null ? Text.clean(title) : defaultTitle(sections);
    return new Report(t.lang(), documentTitle, t, css, contents, sections);
  }

  private String defaultTitle(List<AgencySection> sections) {
    List<String> names = new ArrayList<>();
    for (AgencySection section : sections) {
      List<String> years = section.plans().stream().map(PlanSection::year).toList();
      names.add(section.heading() + " " + String.join("、", years));
    }
    return t.format("report.title", Text.shorten(String.join("；", names), 200));
  }

  private static void add(
      Map<String, Map<Integer, Year>> agencies, AnnualPlan plan, Assessment assessment) {
    Objects.requireNonNull(plan, "plan");
    Map<Integer, Year> years =
        agencies.computeIfAbsent(plan.agency().code(), c -> new LinkedHashMap<>());
    Year known = years.get(plan.rocYear());
    if (known == null) {
      years.put(plan.rocYear(), new Year(plan, assessment));
      return;
    }
    if (!known.plan().equals(plan)) {
      throw new IllegalArgumentException(
          "two different plans of "
              + plan.agency().code()
              + " for the year "
              + plan.rocYear()
              + ": a report shows one plan per agency and year");
    }
    if (assessment != null) {
      if (known.assessment() != null) {
        throw new IllegalArgumentException(
            "two assessments of "
                + plan.agency().code()
                + " for the year "
                + plan.rocYear()
                + ": a report shows one per plan");
      }
      years.put(plan.rocYear(), new Year(known.plan(), assessment));
    }
  }

  // ---------------------------------------------------------------- one plan

  /**
   * A KPI's assessment, looked up by the KPI: a {@link PlanKpi} is equal by its position in its
   * plan, so the lookup never compares goals and KPIs deeply.
   */
  private KpiAssessment assessed(Assessment assessment, PlanKpi kpi) {
    if (assessment == null) {
      return null;
    }
    Map<PlanKpi, KpiAssessment> byPosition =
        positions.computeIfAbsent(
            assessment,
            a -> {
              Map<PlanKpi, KpiAssessment> map = new HashMap<>();
              for (KpiAssessment k : a.kpis()) {
                map.put(k.kpi(), k);
              }
              return map;
            });
    return byPosition.get(kpi);
  }

  private PlanSection plan(Year year) {
    AnnualPlan plan = year.plan();
    Assessment assessment = year.assessment();
    String id = "p" + (++planCount);
    String agency = Text.clean(plan.agency().name());
    String yearText = t.format("plan.year", plan.rocYear(), plan.gregorianYear());
    String heading = t.format("plan.heading", agency, plan.rocYear());
    String findingsId = id + "-findings";

    // Where each finding goes: by its pointer, to a KPI, a goal, a programme or the plan.
    List<PlanKpi> kpis = plan.kpis();
    Map<PlanKpi, String> kpiIds = new HashMap<>();
    for (PlanKpi kpi : kpis) {
      kpiIds.put(kpi, kpiAnchor(id, kpi));
    }
    Map<String, String> names = new HashMap<>();
    names.put(id, heading);
    for (PlanKpi kpi : kpis) {
      names.put(kpiIds.get(kpi), t.format("finding.aboutKpi", kpi.id().text()));
    }
    for (int g = 0; g < plan.goals().size(); g++) {
      names.put(id + "-g" + (g + 1), t.format("finding.aboutGoal", g + 1));
    }
    for (int p = 0; p < plan.programmes().size(); p++) {
      names.put(id + "-pr" + (p + 1), t.format("finding.aboutProgramme", p + 1));
    }
    Map<String, List<FindingRef>> beside = new HashMap<>();
    List<FindingItem> findings = new ArrayList<>();
    int findingIndex = 0;
    for (Finding finding : validator.validate(plan).findings()) {
      String target = planTarget(finding.path(), id, plan);
      findings.add(finding(++findingIndex, id, finding, "validation", target, beside, names));
    }
    Map<Integer, PlanKpi> byResult = new HashMap<>();
    if (assessment != null) {
      for (KpiAssessment kpi : assessment.kpis()) {
        kpi.resultIndex().ifPresent(i -> byResult.putIfAbsent(i, kpi.kpi()));
      }
      for (Finding finding : assessment.findings()) {
        Matcher m = RESULTS_POINTER.matcher(finding.path());
        String target = id;
        if (m.matches()) {
          PlanKpi kpi = byResult.get(Integer.parseInt(m.group(1)));
          if (kpi != null) {
            target = kpiIds.get(kpi);
          }
        }
        findings.add(finding(++findingIndex, id, finding, "results", target, beside, names));
      }
    }

    Map<Programme, String> programmeIds = new HashMap<>();
    List<Programme> programmes = plan.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      programmeIds.putIfAbsent(programmes.get(i), id + "-pr" + (i + 1));
    }

    List<GoalSection> goals = new ArrayList<>();
    Map<Rating, Integer> planCounts = new LinkedHashMap<>();
    int kpiPosition = 0;
    for (int g = 0; g < plan.goals().size(); g++) {
      Goal goal = plan.goals().get(g);
      String goalId = id + "-g" + (g + 1);
      List<KpiRow> rows = new ArrayList<>();
      Map<Rating, Integer> goalCounts = new LinkedHashMap<>();
      for (int k = 0; k < goal.kpis().size(); k++) {
        PlanKpi kpi = kpis.get(kpiPosition);
        List<Programme> linked = plan.programmesLinking(kpi);
        kpiPosition++;
        KpiAssessment assessed = assessed(assessment, kpi);
        if (assessed != null) {
          goalCounts.merge(assessed.rating(), 1, Integer::sum);
          planCounts.merge(assessed.rating(), 1, Integer::sum);
        }
        List<Link> programmeLinks = new ArrayList<>();
        for (Programme programme : linked) {
          String programmeId = programmeIds.get(programme);
          programmeLinks.add(
              new Link("#" + programmeId, programmeLabel(programmeId, programme.item())));
        }
        String kpiId = kpiIds.get(kpi);
        rows.add(
            kpiRow(kpiId, kpi, programmeLinks, assessed, beside.getOrDefault(kpiId, List.of())));
      }
      goals.add(
          new GoalSection(
              goalId,
              String.valueOf(g + 1),
              Text.clean(goal.title()),
              goal.weight().map(w -> Text.number(w) + "%").orElse(null),
              goal.common(),
              goal.strategies().stream().map(Text::clean).toList(),
              rows,
              assessment == null ? null : summary(goalCounts, goal.kpis().size())));
    }

    List<ProgrammeRow> programmeRows = new ArrayList<>();
    for (int i = 0; i < programmes.size(); i++) {
      Programme programme = programmes.get(i);
      String programmeId = id + "-pr" + (i + 1);
      List<Link> links = new ArrayList<>();
      List<String> unresolved = new ArrayList<>();
      for (int r = 0; r < programme.kpis().size(); r++) {
        String reference = programme.kpis().get(r);
        Optional<PlanKpi> kpi = plan.resolve(i, r);
        if (kpi.isPresent()) {
          links.add(
              new Link(
                  "#" + kpiIds.get(kpi.get()),
                  kpi.get().id().text()
                      + " "
                      + Text.shorten(Text.clean(kpi.get().kpi().name()), 80)));
        } else {
          unresolved.add(Text.clean(reference));
        }
      }
      programmeRows.add(
          new ProgrammeRow(
              programmeId,
              String.valueOf(i + 1),
              Text.clean(programme.workProgramme()),
              Text.clean(programme.item()),
              t.get("category." + programme.category().code()),
              programme.budget().map(q -> Text.clean(q.text())).orElse(null),
              programme.content().stream().map(Text::clean).toList(),
              links,
              unresolved,
              beside.getOrDefault(programmeId, List.of())));
    }

    // Findings about the plan as a whole, or a goal, are shown at the top of the plan.
    List<FindingItem> ordered = new ArrayList<>(findings);
    return new PlanSection(
        id,
        heading,
        plan.title().map(Text::clean).orElse(null),
        agency,
        yearText,
        plan.preamble().stream().map(Text::clean).toList(),
        goals,
        programmeRows,
        assessment == null ? null : summary(planCounts, kpis.size()),
        ordered,
        findingsId,
        assessment != null,
        kpis.stream().anyMatch(k -> k.kpi().weight().isPresent()));
  }

  private String programmeLabel(String programmeId, String item) {
    return programmeId.substring(programmeId.lastIndexOf("pr") + 2)
        + ". "
        + Text.shorten(Text.clean(item), 60);
  }

  /** A KPI's anchor by its position, so that a plan that numbers two KPIs alike still links. */
  private static String kpiAnchor(String planId, PlanKpi kpi) {
    return planId + "-k" + (kpi.goalIndex() + 1) + "-" + (kpi.kpiIndex() + 1);
  }

  private static String planTarget(String pointer, String planId, AnnualPlan plan) {
    Matcher m = PLAN_POINTER.matcher(pointer);
    if (!m.matches()) {
      return planId;
    }
    int index = Integer.parseInt(m.group(2));
    if (m.group(1).equals("programmes")) {
      return index < plan.programmes().size() ? planId + "-pr" + (index + 1) : planId;
    }
    if (index >= plan.goals().size()) {
      return planId;
    }
    if (m.group(3) == null) {
      return planId + "-g" + (index + 1);
    }
    int kpi = Integer.parseInt(m.group(3));
    if (kpi >= plan.goals().get(index).kpis().size()) {
      return planId + "-g" + (index + 1);
    }
    return planId + "-k" + (index + 1) + "-" + (kpi + 1);
  }

  private FindingItem finding(
      int index,
      String planId,
      Finding finding,
      String source,
      String target,
      Map<String, List<FindingRef>> beside,
      Map<String, String> names) {
    String id = planId + "-f" + index;
    String severity = finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    String severityLabel = t.get("severity." + severity);
    String message = Text.clean(finding.message());
    beside
        .computeIfAbsent(target, k -> new ArrayList<>())
        .add(new FindingRef("#" + id, severity, severityLabel, message));
    return new FindingItem(
        id,
        severity,
        severityLabel,
        Text.clean(finding.rule()),
        t.get("finding.source." + source),
        Text.clean(finding.path()),
        message,
        new Link("#" + target, names.getOrDefault(target, "")));
  }

  private KpiRow kpiRow(
      String id,
      PlanKpi planKpi,
      List<Link> programmes,
      KpiAssessment assessed,
      List<FindingRef> findings) {
    Kpi kpi = planKpi.kpi();
    EvaluationSystem system = kpi.evaluationSystem();
    String systemMeaning = t.isChinese() ? system.chineseMeaning() : system.englishMeaning();
    String method =
        t.isChinese()
            ? kpi.evaluationMethod().label()
            : t.get("method." + kpi.evaluationMethod().code());
    String standard = Text.clean(kpi.measurementStandard());
    String formula = kpi.formula().map(Text::clean).orElse(null);
    List<Segment> segments = new ArrayList<>();
    String separateFormula = null;
    int at = formula == null || formula.isEmpty() ? -1 : standard.indexOf(formula);
    if (at >= 0) {
      if (at > 0) {
        segments.add(new Segment(standard.substring(0, at), false));
      }
      segments.add(new Segment(formula, true));
      if (at + formula.length() < standard.length()) {
        segments.add(new Segment(standard.substring(at + formula.length()), false));
      }
    } else {
      segments.add(new Segment(standard, false));
      separateFormula = formula;
    }
    return new KpiRow(
        id,
        planKpi.id().text(),
        Text.clean(kpi.name()),
        kpi.core(),
        String.valueOf(system.code()),
        systemMeaning,
        method,
        segments,
        separateFormula,
        kpi.target().map(q -> Text.clean(q.text())).orElse(null),
        kpi.weight().map(w -> Text.number(w) + "%").orElse(null),
        kpi.direction() == Direction.DECREASE ? t.get("direction.decrease") : null,
        programmes,
        kpi.midTermProgrammes().stream().map(Text::clean).toList(),
        details(kpi),
        assessed == null ? null : outcome(assessed),
        findings);
  }

  /** A composite KPI's items, a milestone ladder, a baseline and other years' targets. */
  private List<String> details(Kpi kpi) {
    List<String> details = new ArrayList<>();
    for (KpiItem item : kpi.items()) {
      details.add(
          t.format(
              "kpi.item",
              item.number(),
              Text.clean(item.text()),
              item.target().map(q -> Text.clean(q.text())).orElse(t.get("none"))));
    }
    for (Milestone milestone : kpi.milestones()) {
      details.add(
          t.format(
              "kpi.milestone",
              milestone.number(),
              Text.clean(milestone.text()),
              Text.clean(milestone.progress().text())));
    }
    kpi.baseline()
        .ifPresent(
            b ->
                details.add(
                    b.rocYear()
                        .map(y -> t.format("kpi.baselineOf", Text.clean(b.value().text()), y))
                        .orElse(t.format("kpi.baseline", Text.clean(b.value().text())))));
    for (YearTarget target : kpi.targets()) {
      details.add(t.format("kpi.yearTarget", target.rocYear(), Text.clean(target.target().text())));
    }
    return details;
  }

  private Outcome outcome(KpiAssessment assessed) {
    Light light = light(assessed.rating());
    String actual = null;
    String source = null;
    List<Input> inputs = new ArrayList<>();
    if (assessed.actualSource().isPresent()) {
      if (assessed.actualSource().get() == ActualSource.COMPUTED) {
        actual = value(assessed.actual().orElseThrow(), assessed.target());
        source = t.get("actual.computed");
        assessed
            .result()
            .ifPresent(
                r ->
                    r.variables()
                        .forEach((k, v) -> inputs.add(new Input(Text.clean(k), Text.number(v)))));
      } else {
        actual =
            assessed
                .result()
                .flatMap(r -> r.actual())
                .map(q -> Text.clean(q.text()))
                .orElse(value(assessed.actual().orElseThrow(), assessed.target()));
      }
    } else if (assessed.result().isPresent()) {
      actual = assessed.result().get().actual().map(q -> Text.clean(q.text())).orElse(null);
      source = t.get("actual.unusable");
    }
    String achievement = assessed.achievement().map(a -> Text.number(a) + "%").orElse(null);
    int bar =
        assessed
            .achievement()
            .map(a -> a.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue())
            .orElse(0);
    String note = assessed.result().flatMap(r -> r.note()).map(Text::clean).orElse(null);
    return new Outcome(light, actual, source, achievement, bar, inputs, note);
  }

  /** A computed value, in the target's terms: a percentage where the target is one. */
  private static String value(BigDecimal value, Optional<QuantityText> target) {
    boolean percent =
        target.flatMap(QuantityText::quantity).map(q -> q.unit().isPercent()).orElse(false);
    if (percent) {
      return Text.number(value.movePointRight(2).setScale(2, RoundingMode.HALF_UP)) + "%";
    }
    return Text.number(value.setScale(4, RoundingMode.HALF_UP));
  }

  Light light(Rating rating) {
    return new Light(rating.code(), t.get("rating." + rating.code()));
  }

  private Summary summary(Map<Rating, Integer> counts, int total) {
    List<Count> list = new ArrayList<>();
    for (Rating rating : Rating.values()) {
      int count = counts.getOrDefault(rating, 0);
      int percent = total == 0 ? 0 : Math.round(count * 100f / total);
      list.add(new Count(light(rating), count, percent + "%", percent));
    }
    return new Summary(list, total);
  }

  // ---------------------------------------------------------------- several years

  private Trend trend(String agencyId, List<Year> years, List<PlanSection> sections) {
    List<AnnualPlan> plans = years.stream().map(Year::plan).toList();
    YearComparison comparison = YearComparison.of(plans);
    List<String> yearTexts = plans.stream().map(p -> String.valueOf(p.rocYear())).toList();
    List<TrendRow> rows = new ArrayList<>();
    int rowIndex = 0;
    for (YearComparison.Row row : comparison.rows()) {
      rowIndex++;
      List<TrendCell> cells = new ArrayList<>();
      List<Charts.Point> points = new ArrayList<>();
      Rating previous = null;
      for (int i = 0; i < years.size(); i++) {
        Year year = years.get(i);
        Optional<YearComparison.YearEntry> entry = row.year(year.plan().rocYear());
        Optional<PlanKpi> kpi = entry.flatMap(YearComparison.YearEntry::kpi);
        if (kpi.isEmpty()) {
          cells.add(new TrendCell(yearTexts.get(i), null, null, null, null, null));
          previous = null;
          continue;
        }
        KpiAssessment assessed = assessed(year.assessment(), kpi.get());
        String planId = sections.get(i).id();
        Link link = new Link("#" + kpiAnchor(planId, kpi.get()), kpi.get().id().text());
        Optional<QuantityText> target = kpi.get().kpi().target();
        String actual = assessed == null ? null : outcome(assessed).actual();
        Light light = assessed == null ? null : light(assessed.rating());
        String change = null;
        if (assessed != null && previous != null) {
          change = change(previous, assessed.rating());
        }
        previous = assessed == null ? null : assessed.rating();
        cells.add(
            new TrendCell(
                yearTexts.get(i),
                link,
                target.map(q -> Text.clean(q.text())).orElse(null),
                actual,
                light,
                change));
        points.add(
            new Charts.Point(
                yearTexts.get(i),
                i,
                target.flatMap(QuantityText::quantity).orElse(null),
                assessed == null ? null : assessed.actual().orElse(null)));
      }
      String name = Text.clean(row.name());
      rows.add(
          new TrendRow(
              agencyId + "-t" + rowIndex,
              name,
              Charts.chart(
                  points,
                  years.size(),
                  yearTexts,
                  t.format("trend.chartLabel", Text.shorten(name, 120)),
                  t),
              cells));
    }
    return new Trend(agencyId + "-trend", yearTexts, rows);
  }

  private String change(Rating before, Rating now) {
    int a = rank(before);
    int b = rank(now);
    if (a < 0 || b < 0) {
      return before == now ? t.get("change.same") : t.get("change.changed");
    }
    return b > a ? t.get("change.better") : b < a ? t.get("change.worse") : t.get("change.same");
  }

  private static int rank(Rating rating) {
    return switch (rating) {
      case ACHIEVED -> 2;
      case NEARLY_ACHIEVED -> 1;
      case NOT_ACHIEVED -> 0;
      case NOT_ASSESSED -> -1;
    };
  }
}
