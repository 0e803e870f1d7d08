"""Logistics visibility: shipments, legs, milestones, tracking events, ETAs and exceptions."""
