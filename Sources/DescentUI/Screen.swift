// Placeholder so the target builds; replaced by the screen protocol.
