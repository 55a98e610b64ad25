Feature: Isolation

  Scenario Outline: Each scenario has its own services
    Given a counter starting at <start>
    When I add 1
    Then the counter is <end>

    Examples:
      | start | end |
      | 1     | 2   |
      | 100   | 101 |
      | 500   | 501 |
