/**
 * The Jackson 3 module for applications that configure their own {@code ObjectMapper}: {@link
 * io.github.kpi4j.json.jackson.Kpi4jModule}. Applications that do not use Jackson themselves need
 * only {@link io.github.kpi4j.json.KpiJson}.
 */
package io.github.kpi4j.json.jackson;
