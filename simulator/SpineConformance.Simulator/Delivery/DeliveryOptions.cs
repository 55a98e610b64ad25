using System.ComponentModel.DataAnnotations;

namespace SpineConformance.Simulator.Delivery;

/// <summary>How the simulator sends asynchronous replies. Bound from <c>Simulator:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Simulator:Delivery";

    /// <summary>How long to wait for a client's MHS to answer one delivery attempt. The default value is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Simulator:Delivery:AttemptTimeout must be between 100 milliseconds and 10 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after accepting a request its business reply is first sent, so the sender has its 202 before the reply
    /// arrives. The default value is 200 milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Simulator:Delivery:ReplyDelay must be between 0 and 1 hour.")]
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The most of a client's answer that is read; a larger answer fails the attempt (an MHS acknowledgement is a few
    /// kilobytes). The default value is 1 MiB.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "Simulator:Delivery:MaxAnswerBytes must be between 1 KiB and 64 MiB.")]
    public int MaxAnswerBytes { get; set; } = 1024 * 1024;

    /// <summary>How much of a client's answer the journal keeps (the rest is counted, not stored). The default value is 64 KiB.</summary>
    [Range(0, 64 * 1024 * 1024, ErrorMessage = "Simulator:Delivery:StoredAnswerBytes must be between 0 and 64 MiB.")]
    public int StoredAnswerBytes { get; set; } = 64 * 1024;
}
