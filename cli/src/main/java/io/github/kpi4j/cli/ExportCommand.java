package io.github.kpi4j.cli;

import io.github.kpi4j.formulas.KpiFormula;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kpi4j export FILE... --csv}: one row per KPI of the given plans, for spreadsheets. */
final class ExportCommand extends CommandBase {
  private final Arg<List<String>> files = Arg.list(String.class);
  private final Arg<Boolean> csvOption = Arg.of(boolean.class, false);
  private final Arg<Boolean> noBom = Arg.of(boolean.class, false);

  @Override
  void describeOwn(CommandSpecs.Builder command) {
    command
        .header("Write one row per KPI of the given plans: CSV or JSON.")
        .description(
            "Write one row per KPI of the given plans (kpi-plan/1) to standard output: CSV (--csv, the"
                + " default) or, with --format json, {\"kpis\": [row...]}.",
            "CSV: UTF-8 with a byte order mark (so that Excel reads Chinese; pandas:"
                + " encoding=\"utf-8-sig\";"
                + " R readr: as is), RFC 4180 quoting, CRLF line ends, a heading row. --no-bom leaves the"
                + " mark out.",
            "Columns: plan, agencyCode, agencyName, rocYear, year, goal, goalTitle, kpiId, kpiNumber,"
                + " kpiName, evaluationSystem, evaluationMethod, measurementStandard, formula (the"
                + " plan's,"
                + " or else the one found in the measurement standard), formulaSource (plan,"
                + " measurementStandard or empty), target,"
                + " targetValue (a percentage as a fraction: 91%% is 0.91), targetUnit (%% for percent,"
                + " empty for none), direction, weight, midTermProgrammes (a JSON array of strings),"
                + " linkedProgrammes (how many programmes link the KPI).")
        .exitCodes(
            "0:the rows were written",
            "2:bad usage, or a file that cannot be read (the message says where)")
        .add(
            CommandSpecs.parameter(files)
                .arity("1..*")
                .paramLabel("FILE")
                .description("Plan documents (kpi-plan/1); - reads standard input."))
        .add(
            CommandSpecs.option(csvOption, "--csv")
                .description("Write CSV: the default, and the only form besides --format json."))
        .add(
            CommandSpecs.option(noBom, "--no-bom")
                .description("Leave out the UTF-8 byte order mark that starts the CSV."));
  }

  @Override
  public Integer call() {
    if (csvOption.value() && json()) {
      throw new ParameterException(spec.commandLine(), messages().format("error.csvWithJson"));
    }
    Optional<List<AnnualPlan>> read = readPlans(files.value());
    if (read.isEmpty()) {
      return ExitStatus.USAGE;
    }
    List<AnnualPlan> plans = read.get();
    if (json()) {
      Json.print(json(plans), out());
    } else {
      csv(plans);
    }
    return ExitStatus.OK;
  }

  private void csv(List<AnnualPlan> plans) {
    if (!noBom.value()) {
      out().print(Csv.BOM);
    }
    Csv csv = new Csv(out());
    List<String> headings = new ArrayList<>();
    for (KpiColumn column : KpiColumn.values()) {
      headings.add(column.heading());
    }
    csv.record(headings);
    for (int p = 0; p < plans.size(); p++) {
      AnnualPlan plan = plans.get(p);
      for (PlanKpi kpi : plan.kpis()) {
        List<String> fields = new ArrayList<>();
        Optional<KpiFormula> formula = KpiFormula.of(kpi.kpi());
        for (KpiColumn column : KpiColumn.values()) {
          fields.add(
              KpiColumn.text(
                  column.value(Documents.shown(files.value().get(p)), plan, kpi, formula)));
        }
        csv.record(fields);
      }
    }
  }

  private ObjectNode json(List<AnnualPlan> plans) {
    ObjectNode document = Json.object();
    ArrayNode rows = document.putArray("kpis");
    for (int p = 0; p < plans.size(); p++) {
      AnnualPlan plan = plans.get(p);
      for (PlanKpi kpi : plan.kpis()) {
        ObjectNode row = rows.addObject();
        Optional<KpiFormula> formula = KpiFormula.of(kpi.kpi());
        for (KpiColumn column : KpiColumn.values()) {
          put(
              row,
              column.heading(),
              column.value(Documents.shown(files.value().get(p)), plan, kpi, formula));
        }
      }
    }
    return document;
  }

  private static void put(ObjectNode row, String key, Object value) {
    if (value == null) {
      row.putNull(key);
    } else if (value instanceof Integer) {
      row.put(key, (Integer) value);
    } else if (value instanceof Boolean) {
      row.put(key, (Boolean) value);
    } else if (value instanceof BigDecimal) {
      row.put(key, Decimals.plain((BigDecimal) value));
    } else if (value instanceof List) {
      ArrayNode array = row.putArray(key);
      ((List<?>) value).forEach(item -> array.add(String.valueOf(item)));
    } else {
      row.put(key, value.toString());
    }
  }
}
