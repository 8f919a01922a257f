from pathlib import Path

import torch


def save_checkpoint(ckpt_dir: Path, epoch: int, model, opt, sched, scaler, miou: float) -> Path:
    path = ckpt_dir / f"epoch-{epoch:03d}.pt"
    torch.save(
        {
            "epoch": epoch,
            "model": model.state_dict(),
            "optimizer": opt.state_dict(),
            "scheduler": sched.state_dict(),
            "scaler": scaler.state_dict(),
            "miou": miou,
        },
        path,
    )
    return path


def prune_checkpoints(ckpt_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` epoch checkpoints inside ckpt_dir."""
    ckpts = sorted(ckpt_dir.glob("epoch-*.pt"))
    stale = ckpts[:-keep] if keep > 0 else []
    for path in stale:
        path.unlink()
    return stale


def load_checkpoint(path: Path, model, opt, sched, scaler, device: str) -> int:
    """Restore training state; returns the epoch to continue from."""
    state = torch.load(path, map_location=device, weights_only=True)
    model.load_state_dict(state["model"])
    opt.load_state_dict(state["optimizer"])
    sched.load_state_dict(state["scheduler"])
    scaler.load_state_dict(state["scaler"])
    return state["epoch"] + 1
