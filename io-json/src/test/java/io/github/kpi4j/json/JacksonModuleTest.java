package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.json.jackson.Kpi4jModule;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.Kpi;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The module for applications that configure Jackson themselves. */
class JacksonModuleTest {
  private static final String KPI =
      "{\"number\": 1, \"name\": \"指標\", \"evaluationSystem\": 1, \"evaluationMethod\": \"統計數據\","
          + " \"measurementStandard\": \"標準\", \"target\": \"408篇\"}";

  @Test
  void should_be_found_as_a_service() {
    // WHEN the JacksonModule services are loaded
    java.util.List<String> modules =
        ServiceLoader.load(JacksonModule.class).stream()
            .map(provider -> provider.type().getName())
            .collect(Collectors.toList());

    // THEN the module is among them, and a mapper that finds modules reads the model
    assertThat(modules).contains(Kpi4jModule.class.getName());
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.readValue(KPI, Kpi.class).evaluationMethod())
        .isEqualTo(EvaluationMethod.STATISTICAL_DATA);
  }

  @Test
  void should_write_and_read_a_plan_like_the_facade() {
    // GIVEN a plain mapper with the module
    JsonMapper mapper = JsonMapper.builder().addModule(new Kpi4jModule()).build();
    AnnualPlan plan = KpiJson.create().readPlan(TestDocuments.GOOD.resolve("small-plan.json"));

    // WHEN it writes and reads a plan
    String json = mapper.writeValueAsString(plan);

    // THEN it is the facade's document, read back equal
    assertThat(json).isEqualTo(KpiJson.builder().prettyPrint(false).build().write(plan));
    assertThat(mapper.readValue(json, AnnualPlan.class)).isEqualTo(plan);
    assertThat(mapper.writeValueAsString(EvaluationMethod.SURVEY)).isEqualTo("\"survey\"");
  }

  @Test
  void should_refuse_an_unknown_property_even_when_the_mapper_ignores_them() {
    // GIVEN a mapper that ignores unknown properties of beans
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Kpi4jModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    // WHEN a KPI with a typo is read
    UnrecognizedPropertyException e =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () -> mapper.readValue(KPI.replace("\"name\"", "\"nmae\""), Kpi.class));

    // THEN it is refused, with the module's problem and the property in the path
    assertThat(e.getOriginalMessage())
        .contains("unknown property \"nmae\"")
        .contains("did you mean \"name\"?");
    assertThat(e.getPropertyName()).isEqualTo("nmae");
    assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("nmae");
  }

  @Test
  void should_let_a_problem_handler_accept_an_unknown_property() {
    // GIVEN a mapper whose handler takes every unknown property
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Kpi4jModule())
            .addHandler(
                new DeserializationProblemHandler() {
                  @Override
                  public boolean handleUnknownProperty(
                      DeserializationContext ctxt,
                      JsonParser p,
                      ValueDeserializer<?> deserializer,
                      Object beanOrClass,
                      String propertyName) {
                    p.skipChildren();
                    return true;
                  }
                })
            .build();

    // WHEN a KPI with an unknown property is read THEN the handler's choice stands
    assertThat(mapper.readValue(KPI.replace("{", "{\"legacy\": [1], "), Kpi.class).name())
        .isEqualTo("指標");
  }

  @Test
  void should_report_problems_as_mismatches_with_the_pointer_as_path() {
    JsonMapper mapper = JsonMapper.builder().addModule(new Kpi4jModule()).build();

    // WHEN a plan part holds a bad value
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () ->
                mapper.readValue(
                    KPI.replace("\"evaluationSystem\": 1", "\"evaluationSystem\": 6"), Kpi.class));

    // THEN the mismatch says what was expected, at the value's path
    assertThat(e.getOriginalMessage()).isEqualTo("expected an integer 1–5 (評估體制), got 6");
    assertThat(e.getPath())
        .extracting(r -> r.getPropertyName())
        .containsExactly("evaluationSystem");
    assertThat(e.getLocation().getColumnNr()).isEqualTo(KPI.indexOf("1, \"evaluationMethod\"") + 1);
  }

  @Test
  void should_name_itself_and_its_version() {
    Kpi4jModule module = new Kpi4jModule();
    assertThat(module.getModuleName()).isEqualTo("kpi4j");
    assertThat(module.version().getArtifactId()).isEqualTo("kpi4j-io-json");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }
}
