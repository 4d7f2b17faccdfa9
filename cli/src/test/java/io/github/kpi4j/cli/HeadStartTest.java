package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadStartTest {

  @Test
  void should_start_for_a_command_that_reads_plans_and_end_before_the_command_reads() {
    // GIVEN a command line that validates a plan
    HeadStart.start("validate", "plan.json");
    Thread started = HeadStart.thread();
    // WHEN the command is about to read its documents
    HeadStart.await();
    // THEN the head start ran on a daemon thread of its own, which has ended
    assertThat(started).isNotNull().isNotSameAs(Thread.currentThread());
    assertThat(started.isDaemon()).isTrue();
    assertThat(started.isAlive()).isFalse();
  }

  @Test
  void should_not_start_for_a_command_that_reads_no_plans() {
    // GIVEN the thread of any earlier head start
    Thread before = HeadStart.thread();
    // WHEN a formula is evaluated, or no command is named
    HeadStart.start("formula", "1+1");
    HeadStart.start();
    // THEN no new head start began
    assertThat(HeadStart.thread()).isSameAs(before);
  }
}
