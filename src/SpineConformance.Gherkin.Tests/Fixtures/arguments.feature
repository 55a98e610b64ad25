Feature: Step arguments

  Scenario: Transformation and built-in conversions
    Given patient 943 476 5919 was born on 2001-02-03
    And the consent is opted out

  Scenario: Tables as sets and instances
    Given these patients:
      | NHS number   | Family name | Age |
      | 9434765919   | Smith       | 42  |
      | 9434765870   | Jones       | 7   |
    And this address:
      | Field     | Value      |
      | Line one  | 1 High St  |
      | Post code | LS1 4HR    |

  Scenario: Doc strings
    Given the message:
      """
      <hello>world</hello>
      """
