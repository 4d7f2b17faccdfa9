/**
 * Plan ({@code kpi-plan/1}) and results ({@code kpi-results/1}) documents in JSON.
 *
 * <p>{@link io.github.kpi4j.json.KpiJson} reads and writes documents without any Jackson
 * configuration; {@link io.github.kpi4j.json.jackson.Kpi4jModule} is the Jackson 3 module for
 * applications that configure their own mapper. The JSON Schemas of both formats ship as resources;
 * see {@link io.github.kpi4j.json.DocumentFormat#schema()}.
 */
module io.github.kpi4j.json {
  requires transitive io.github.kpi4j.core;
  requires static org.immutables.value.annotations;
  // The module class extends JacksonModule, so its users read Jackson too.
  requires transitive tools.jackson.databind;

  exports io.github.kpi4j.json;
  exports io.github.kpi4j.json.jackson;

  provides tools.jackson.databind.JacksonModule with
      io.github.kpi4j.json.jackson.Kpi4jModule;
}
