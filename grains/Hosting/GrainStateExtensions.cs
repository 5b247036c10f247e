namespace BackaBarnet.Live.Grains.Hosting;

internal static class GrainStateExtensions
{
    /// <summary>
    /// Writes the state; if the write fails, the activation is dropped so the next call reloads
    /// what storage really holds instead of serving (and later writing) a change that was
    /// never saved. The failure still reaches the caller.
    /// </summary>
    public static async Task WriteOrDeactivateAsync<TState>(this IPersistentState<TState> state, Grain grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
