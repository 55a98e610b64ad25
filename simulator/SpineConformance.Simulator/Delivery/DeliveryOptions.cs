using System.ComponentModel.DataAnnotations;

namespace SpineConformance.Simulator.Delivery;

/// <summary>How the simulator sends asynchronous replies. Bound from <c>Simulator:Delivery</c>.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Simulator:Delivery";

    /// <summary>How long to wait for a client's MHS to answer one delivery attempt. The default value is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long after accepting a request its business reply is first sent, so the sender has its 202 before the reply
    /// arrives. The default value is 200 milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
