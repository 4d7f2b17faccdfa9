package io.github.kpi4j.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.kpi4j.model.Milestone;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed forms of the plan format's additions, read from the text of a cell. */
class AdditionsTest {
  @Test
  void should_read_a_ladder_of_steps_each_ending_in_its_progress() {
    // GIVEN a standard printed as a ladder, in both widths
    List<Milestone> steps = Additions.ladder("1.完成規劃（25%）\n２．辦理招標(60%)\n3、驗收結案100％");
    // THEN three steps, each with its progress
    assertThat(steps).extracting(Milestone::number).containsExactly(1, 2, 3);
    assertThat(steps).extracting(Milestone::text).containsExactly("完成規劃", "辦理招標", "驗收結案");
  }

  @Test
  void should_read_no_ladder_from_numbered_conditions_without_percents() {
    assertThat(Additions.ladder("1.完成規劃\n2.辦理招標")).isEmpty();
  }

  @Test
  void should_look_at_each_character_a_bounded_number_of_times_in_a_hostile_ladder() {
    // GIVEN a standard of a million characters that numbers 300,000 steps without a percent
    String hostile = "1.a" + " 2.".repeat(300_000);
    // WHEN read as a ladder; THEN it is none, found in linear time (every marker used to copy and
    // normalise the text from the step's start: quadratic in the standard's length)
    List<Milestone> steps =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Additions.ladder(hostile));
    assertThat(steps).isEmpty();
  }

  @Test
  void should_leave_a_weight_of_more_digits_than_a_plan_prints_in_the_name() {
    // GIVEN a name followed by a "weight" of 150 digits, which the model would refuse
    String printed = "推展會展活動（" + "9".repeat(150) + "%）";
    // THEN it is not read as a weight: the text stays the name's, and no exception follows
    assertThat(Additions.nameWeight(printed)).isEmpty();
    assertThat(Additions.nameWeight("推展會展活動（6.5%）"))
        .hasValueSatisfying(named -> assertThat(named).containsExactly("推展會展活動", "6.5"));
  }
}
