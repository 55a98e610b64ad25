@basics
Feature: Basics
  A counter that steps add to and check.

  Background:
    Given a counter starting at 10

  Scenario: Passing scenario
    When I add 5
    Then the counter is 15

  @ACS-GET-001 @story:Counting @severity:critical
  Scenario: Failing scenario
    When I add 1
    Then the counter is 99
    And the counter is 11

  Scenario: Broken scenario
    When the step throws an unexpected error
    Then the counter is 10

  Scenario: Pending scenario
    When a step is not written yet

  @wip
  Scenario: Work in progress
    When I add 1

  @outline
  Scenario Outline: Adding
    When I add <amount>
    Then the counter is <total>

    Examples:
      | amount | total |
      | 1      | 11    |
      | 2      | 12    |

    @extra
    Examples: more
      | amount | total |
      | 30     | 40    |

  Scenario: Attachments
    When I attach "evidence"
    Then the counter is 10
