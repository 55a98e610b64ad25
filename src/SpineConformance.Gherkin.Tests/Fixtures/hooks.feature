@hooked
Feature: Hooks

  @audit
  Scenario: Tagged scenario
    Given a hook-watched step

  Scenario: Untagged scenario
    Given a hook-watched step
