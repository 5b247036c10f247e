namespace BackaBarnet.Live.Grains.Identity;

[GenerateSerializer, Alias("bb.PersonnummerIndexState")]
public sealed class PersonnummerIndexState
{
    [Id(0)]
    public Guid? ChildId { get; set; }
}
